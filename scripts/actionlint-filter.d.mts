export function lintFindings<T extends { message: string }>(results: T[]): T[]
