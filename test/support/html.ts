/** HTML filings built for tests: one 10-K document whose body is the lines given. */
export function htmlFiling(body: string[]): string {
  return [
    '<DOCUMENT>',
    '<TYPE>10-K',
    '<TEXT>',
    '<html><body>',
    ...body,
    '</body></html>',
    '</TEXT>',
    '</DOCUMENT>',
    '',
  ].join('\n');
}
