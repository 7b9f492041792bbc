import { NotificationBanner } from 'nhsuk-react-components';
import { useLocation } from 'react-router-dom';
import { readFlash } from '../model/flash';

/** The success banner for the change that led here, if any. */
export function FlashBanner() {
  const flash = readFlash(useLocation().state);
  if (!flash) return null;
  return (
    <NotificationBanner success title="Success" titleId="observation-flash-title">
      <NotificationBanner.Heading>{flash.title}</NotificationBanner.Heading>
      <p>{flash.text}</p>
    </NotificationBanner>
  );
}
