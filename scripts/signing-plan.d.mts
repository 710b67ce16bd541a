/** Types for signing-plan.mjs, which scripts/package.mjs runs on plain Node. */
export declare function signingPlan(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform,
): { args: string[]; summary: string[]; problems: string[] };
