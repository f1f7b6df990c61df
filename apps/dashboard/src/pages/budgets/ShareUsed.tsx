// How much of a budget is used, in words as well as a number: over budget and near the limit are
// said, not only coloured.
export function ShareUsed({ share }: { share: string | null | undefined }) {
  if (share == null) return <>—</>;
  const used = Number(share);
  const percent = `${(used * 100).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
  if (used >= 1) {
    return (
      <>
        {percent} <span className="badge danger">Over budget</span>
      </>
    );
  }
  if (used >= 0.8) {
    return (
      <>
        {percent} <span className="badge">Near the limit</span>
      </>
    );
  }
  return <>{percent}</>;
}
