import type { FileSystemNode, FileSystemProvider, LangiumDocument } from 'langium';
import { URI } from 'langium';
import { parseHelper } from 'langium/test';
import { createCopServices } from '../../language/cop-module.js';
import type { PlanFile } from '../../language/generated/ast.js';
import { parseDay } from '../../language/impact/dates.js';
import type { PlanImpact } from '../../language/impact/impact-service.js';

/** Files in memory, keyed by path under file:///ws/ — what a browser worker would have. */
export class MemoryFileSystem implements FileSystemProvider {
    constructor(readonly files: Record<string, string> = {}) {}
    private pathOf(uri: URI): string {
        return uri.path.replace(/^\/ws\//, '');
    }
    async stat(uri: URI) {
        return { uri, isFile: this.pathOf(uri) in this.files, isDirectory: false };
    }
    statSync(uri: URI) {
        return { uri, isFile: this.pathOf(uri) in this.files, isDirectory: false };
    }
    async exists(uri: URI) {
        return this.pathOf(uri) in this.files;
    }
    existsSync(uri: URI) {
        return this.pathOf(uri) in this.files;
    }
    readBinary(): Promise<Uint8Array> {
        throw new Error('not supported');
    }
    readBinarySync(): Uint8Array {
        throw new Error('not supported');
    }
    async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }
    readFileSync(uri: URI): string {
        const text = this.files[this.pathOf(uri)];
        if (text === undefined) throw Object.assign(new Error(`ENOENT: ${uri.path}`), { code: 'ENOENT' });
        return text;
    }
    async readDirectory(): Promise<FileSystemNode[]> {
        return [];
    }
    readDirectorySync(): FileSystemNode[] {
        return [];
    }
}

export interface Evaluated {
    document: LangiumDocument<PlanFile>;
    impact: PlanImpact;
    codes: string[];
    fileSystem: MemoryFileSystem;
    services: ReturnType<typeof createCopServices>['Cop'];
}

let counter = 0;

/** Parses, links and validates a plan as of a fixed date, with the given files beside it. */
export async function evaluate(text: string, asOf: string, files: Record<string, string> = {}): Promise<Evaluated> {
    const fileSystem = new MemoryFileSystem(files);
    const { Cop } = createCopServices({ fileSystemProvider: () => fileSystem });
    Cop.impact.AsOfDate.set(parseDay(asOf));
    const document = await parseHelper<PlanFile>(Cop)(text, { documentUri: `file:///ws/plan${++counter}.cop` });
    await Cop.shared.workspace.DocumentBuilder.build([document], { validation: true });
    const impact = await Cop.impact.Impact.impactOf(document);
    return { document, impact, codes: (document.diagnostics ?? []).map(d => String(d.code)), fileSystem, services: Cop };
}

export function diagnosticsWith(document: LangiumDocument, code: string) {
    return (document.diagnostics ?? []).filter(d => d.code === code);
}

/** The contract's Part 2 example, with the Part 1 elements it refers to declared. */
export const contractExample = `plan SupportCommunity "Customer Support Community" {
    purpose "Peers answer each other so fewer tickets reach support"
}

members Customers "Customers" {
    short QuickFix "Quick fixes"
    long Confidence "Confidence with the product"
}
organization Support "Support organization" {
    short LowerCost "Lower support cost"
    long Retention "Retention"
}
shared Sweet "Fewer tickets, faster fixes" {
    member QuickFix, Confidence
    organization LowerCost, Retention
}
input Experts "Expert time" { measure TimeToRespond }
output Answers "Answers" { from Experts measure Deflected }
outcome Deflection "Support requests deflected" {
    from Answers
    delivers Sweet
    measure Deflected
}

indicator Deflected "Support requests deflected" {
    unit requests
    target >= 1000 by 2027-06
    data "Helpdesk tickets closed with a community link"
    cadence monthly
}

indicator TimeToRespond "Time to respond to questions" {
    unit hours
    baseline 48
    target <= 24 by 2027-06
    data "Forum timestamps"
}

assumption TicketCost "Fully loaded cost of one support ticket" {
    value 38 range 25..55
    unit USD/request
    source "Finance, FY2026 support budget"
}

kpi SupportSavings "Support cost avoidance" {
    formula Deflected * TicketCost
    unit USD
    target >= 50000 by 2027-06
    translates Deflection
}

actual Deflected {
    2026-07 210
    2026-08 260
    2026-09 300 "forum relaunch"
}

story RenewalSaved "A peer answer that saved a renewal" {
    date 2026-09-14
    tags Deflected, SupportSavings
    text "A customer's admin found the fix in a thread and renewed the next week."
}

objective FasterHelp "Members get help within a day" {
    key TimeToRespond <= 24 by 2027-06
    key SupportSavings >= 50000 by 2027-06
}
`;
