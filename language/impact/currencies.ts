/**
 * The ISO 4217 currency codes (the active list, funds and precious metals included; `XXX`
 * "no currency" and `XTS` "for testing" left out). A kpi whose `unit` is one of them claims
 * money, so finance expects it adjusted (`impact-unadjusted`). A fixed list rather than
 * `Intl.supportedValuesOf`: that one follows the runtime's ICU data, so the same plan could
 * check differently in the editor and in CI.
 */
const CODES = `AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN
BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR
FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR
KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR
MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD
SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW
UZS VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG ZWL`;

export const CURRENCIES: ReadonlySet<string> = new Set(CODES.split(/\s+/));

/** Whether a kpi's `unit` line is a currency: exactly one ISO 4217 code, as written (`USD`, `EUR`). */
export function isCurrencyUnit(unit: string | undefined): boolean {
    return unit !== undefined && CURRENCIES.has(unit.replace(/\s+/g, ''));
}
