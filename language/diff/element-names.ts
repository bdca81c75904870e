/** How the renderings name things: `Title (ID)` when there is a title, else the ID. */
export function titledName(name: string, title: string | undefined): string {
    return title !== undefined && title !== '' && title !== name ? `${title} (${name})` : name;
}

/** A change of a figure with its sign: `+7,600`, `-7,600`, `0`, from the one number formatter. */
export function signed(delta: number, format: (value: number) => string): string {
    const text = format(delta);
    return delta > 0 ? `+${text}` : text;
}
