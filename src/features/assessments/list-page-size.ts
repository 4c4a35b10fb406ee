// Rows the assessments list shows at first and adds with "Show more": an adviser with hundreds of
// clients searches rather than scrolls. (Its own module so the benchmarks can read it without React.)
export const listPageSize = 50;
