/** What stops a save, as an alert the screen reader announces; nothing when all is well. */
export function ProblemList({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  // The alert role sits on a wrapper: on the list itself it would hide the list from assistive technology.
  return (
    <div role="alert" class="problems">
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
