import { useEffect, useState, type ReactNode } from 'react';

// A checkbox whose value lives in the URL. The router applies a URL change in a transition, a
// moment after the click; the box shows the click at once and follows the URL when it changes
// (Back, a link), so it never flickers back to its old state.
export function InstantCheckbox({ checked, onChange, children }: { checked: boolean; onChange: (checked: boolean) => void; children: ReactNode }) {
  const [shown, setShown] = useState(checked);
  useEffect(() => setShown(checked), [checked]);
  return (
    <>
      <input
        type="checkbox"
        checked={shown}
        onChange={(event) => {
          setShown(event.target.checked);
          onChange(event.target.checked);
        }}
      />
      {children}
    </>
  );
}
