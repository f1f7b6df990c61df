import { Link, useSearchParams } from 'react-router-dom';
import { AssetsTab } from './AssetsTab';
import { LicencesTab } from './LicencesTab';
import './equipment.css';

type Tab = 'assets' | 'licences';
const tabs: Array<{ tab: Tab; label: string }> = [
  { tab: 'assets', label: 'Assets' },
  { tab: 'licences', label: 'Licences' },
];

// IT's inventory for IT and the manager: the equipment (?tab=assets&status=) and the software
// licences (?tab=licences). The tab is in the URL so the overview and Back land on the right one.
export function EquipmentPage() {
  const [searchParams] = useSearchParams();
  const current: Tab = searchParams.get('tab') === 'licences' ? 'licences' : 'assets';
  return (
    <>
      <h1>Assets and licences</h1>
      <nav aria-label="Assets and licences views" className="equipment-tabs">
        <ul>
          {tabs.map(({ tab, label }) => (
            <li key={tab}>
              <Link to={`/equipment?tab=${tab}`} aria-current={tab === current ? 'page' : undefined}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {current === 'assets' ? <AssetsTab /> : <LicencesTab />}
    </>
  );
}
