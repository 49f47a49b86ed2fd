import { Breadcrumb } from '../app/Breadcrumb';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../auth/useMe';
import { EmailSettingsSection } from './EmailSettingsSection';

/** The signed-in person's own settings. */
export function AccountPage() {
  usePageTitle('Your account');
  const { me } = useMe();
  return (
    <div className="page narrow-page">
      <Breadcrumb trail={[]} current="Your account" />
      <header className="page-header">
        <h1>Your account</h1>
        {me && (
          <p className="meta">
            {me.name} · {me.email}
          </p>
        )}
      </header>
      <EmailSettingsSection />
    </div>
  );
}
