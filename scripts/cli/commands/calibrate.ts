export async function commandCalibrate(_argv: string[]): Promise<number> {
    return 0;
}
