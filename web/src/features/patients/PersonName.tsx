/**
 * A name that may wrap between family and given name but never inside either (髙橋 由美 must not
 * become 髙橋 由美／子 at tablet width, issue 20 item 9): each part is one unbreakable span.
 */
export function PersonName({ family, given }: { family: string; given: string }) {
  return (
    <>
      <span style={{ whiteSpace: 'nowrap' }} data-name-part="family">
        {family}
      </span>{' '}
      <span style={{ whiteSpace: 'nowrap' }} data-name-part="given">
        {given}
      </span>
    </>
  );
}
