// Chart colours with at least 3:1 contrast on white (WCAG non-text contrast), told apart by
// their legends and labels as well, never by colour alone.
export const seriesColours = ['#1f5fa8', '#b3541e', '#2e7d32', '#6a1b9a'];
