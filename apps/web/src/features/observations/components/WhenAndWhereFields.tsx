import { DateInput, Radios } from 'nhsuk-react-components';
import { datePartsFrom, exampleDate, todayIso, type DateParts } from '../../../lib/dates';
import { OBSERVATION_SETTINGS, type ObservationSetting } from '../api/observations';
import { OBSERVED_ON_INPUT_ID } from '../model/draft';
import { SETTING_LABELS } from '../model/labels';
import { settingInputId } from '../model/field-ids';

export interface WhenAndWhereFieldsProps {
  observedOn: DateParts;
  setting: ObservationSetting | '';
  /** The date's hint, before its example: "The day you observed the session." */
  dateHint: string;
  settingHint?: string;
  /** The error message for an input id, if any. */
  errorFor: (inputId: string) => string | undefined;
  onObservedOnChange: (observedOn: DateParts) => void;
  onSettingChange: (setting: ObservationSetting) => void;
}

/** The date of the observation and its setting, as planned and as scored. */
export function WhenAndWhereFields({
  observedOn,
  setting,
  dateHint,
  settingHint,
  errorFor,
  onObservedOnChange,
  onSettingChange,
}: WhenAndWhereFieldsProps) {
  return (
    <>
      <DateInput
        id="observed-on"
        name="observedOn"
        legend="Date of the observation"
        legendProps={{ size: 'm', headingLevel: 'h2' }}
        hint={`${dateHint} For example, ${exampleDate(todayIso())}`}
        error={errorFor(OBSERVED_ON_INPUT_ID)}
        value={observedOn}
        onChange={(event) => onObservedOnChange(datePartsFrom(event.target.value))}
      />
      <Radios
        id="setting"
        name="setting"
        legend="Setting"
        legendProps={{ size: 'm', headingLevel: 'h2' }}
        hint={settingHint}
        error={errorFor(settingInputId(OBSERVATION_SETTINGS[0]))}
      >
        {OBSERVATION_SETTINGS.map((option) => (
          <Radios.Item
            key={option}
            id={settingInputId(option)}
            value={option}
            checked={setting === option}
            onChange={() => onSettingChange(option)}
          >
            {SETTING_LABELS[option]}
          </Radios.Item>
        ))}
      </Radios>
    </>
  );
}
