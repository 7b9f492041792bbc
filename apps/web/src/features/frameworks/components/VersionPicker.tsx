import type { FrameworkVersionSummaryView as FrameworkVersionSummary } from '../../../lib/api/schema.gen';
import { Button, Select } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { formatPublishedOn, statusLabel } from '../model/labels';
import { paths } from '../../../config/paths';

export interface VersionPickerProps {
  frameworkKey: string;
  versions: readonly FrameworkVersionSummary[];
  /** The version being shown (resolved, never the `current` alias). */
  shown: string;
}

/**
 * Shown when Ladder holds more than one version of a framework.
 * Choose a version and press the button to show it. The page changes only on the
 * button (WCAG 3.2.2): choosing an option does not navigate by itself.
 */
export function VersionPicker({ frameworkKey, versions, shown }: VersionPickerProps) {
  const navigate = useNavigate();
  const [chosen, setChosen] = useState(shown);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(paths.frameworkVersion(frameworkKey, chosen));
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Select
        id="framework-version"
        name="version"
        label="Version"
        labelProps={{ size: 's' }}
        hint={`Ladder holds ${versions.length} versions of this framework.`}
        value={chosen}
        onChange={(event) => setChosen(event.target.value)}
      >
        {versions.map((version) => (
          <Select.Option key={version.version} value={version.version}>
            {version.version} – {statusLabel(version.status).toLowerCase()} {formatPublishedOn(version.publishedOn)}
            {version.current ? ' (current)' : ''}
          </Select.Option>
        ))}
      </Select>
      <Button type="submit" secondary>
        Show this version
      </Button>
    </form>
  );
}
