import { Link, useSearchParams } from 'react-router-dom';
import { BalanceSheetTab } from './BalanceSheetTab';
import { IncomeStatementTab } from './IncomeStatementTab';
import { JournalTab } from './JournalTab';
import type { LedgerTab } from './ledgerParts';
import { TrialBalanceTab } from './TrialBalanceTab';
import './ledger.css';

const tabs: Array<{ tab: LedgerTab; label: string }> = [
  { tab: 'trial-balance', label: 'Trial balance' },
  { tab: 'income-statement', label: 'Income statement' },
  { tab: 'balance-sheet', label: 'Balance sheet' },
  { tab: 'journal', label: 'Journal' },
];

const isTab = (value: string | null): value is LedgerTab => tabs.some(({ tab }) => tab === value);

// The books for accounting and the manager: three reports and the journal, one at a time
// (?tab=trial-balance|income-statement|balance-sheet|journal). Each view keeps its own inputs in
// the URL; moving to another view starts it from its defaults.
export function LedgerPage() {
  const [searchParams] = useSearchParams();
  const tabParam = searchParams.get('tab');
  const current: LedgerTab = isTab(tabParam) ? tabParam : 'trial-balance';
  return (
    <>
      <h1>Ledger</h1>
      <nav aria-label="Ledger views" className="ledger-tabs">
        <ul>
          {tabs.map(({ tab, label }) => (
            <li key={tab}>
              <Link to={`/ledger?tab=${tab}`} aria-current={tab === current ? 'page' : undefined}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {current === 'trial-balance' && <TrialBalanceTab />}
      {current === 'income-statement' && <IncomeStatementTab />}
      {current === 'balance-sheet' && <BalanceSheetTab />}
      {current === 'journal' && <JournalTab />}
    </>
  );
}
