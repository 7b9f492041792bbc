import { CharacterCount, Details, Radios } from 'nhsuk-react-components';
import type { Competency } from '../model/competencies';
import { MAX_EVIDENCE_NOTES, type ItemDraft } from '../model/draft';
import { AboutCompetency } from './AboutCompetency';
import { evidenceInputId, itemAnchor, scoreInputId } from '../model/field-ids';

export interface ItemScoreFieldsProps {
  index: number;
  competency: Competency;
  value: ItemDraft;
  onChange: (next: ItemDraft) => void;
  scoreError?: string;
  evidenceError?: string;
}

/**
 * One competency on the scoring form: a fieldset whose legend names it, a radio for each score
 * labelled with the score, its rating and this competency's rubric descriptor ("3 Competent —
 * …"), then "Not observed"; the key features and interaction beside the choice; evidence notes
 * with a character count.
 */
export function ItemScoreFields({
  index,
  competency,
  value,
  onChange,
  scoreError,
  evidenceError,
}: ItemScoreFieldsProps) {
  const { name } = competency;
  return (
    <div id={itemAnchor(index)} tabIndex={-1} className="ladder-score-item">
      <Radios
        id={`item-${index}-score`}
        name={`item-${index}-score`}
        legend={name}
        legendProps={{ size: 'm', headingLevel: 'h2' }}
        hint={
          competency.ownRubric
            ? 'Choose the score whose descriptor best matches what you saw (Somerset Appendix 6 rubric).'
            : 'Choose the score that best matches what you saw (the Dreyfus scale, Somerset Table 2).'
        }
        error={scoreError}
        formGroupProps={{
          beforeInput: (
            <Details>
              <Details.Summary>
                Key features and interaction <span className="nhsuk-u-visually-hidden">for {name}</span>
              </Details.Summary>
              <Details.Text>
                <AboutCompetency sections={competency.about} headingLevel={3} />
              </Details.Text>
            </Details>
          ),
        }}
      >
        {competency.scale.map((row) => (
          <Radios.Item
            key={row.score}
            id={scoreInputId(index, row.score)}
            value={String(row.score)}
            checked={!value.notObserved && value.score === row.score}
            onChange={() => onChange({ ...value, score: row.score, notObserved: false })}
          >
            <strong>
              {row.score} {row.rating}
            </strong>{' '}
            — {row.descriptor}
          </Radios.Item>
        ))}
        <Radios.Divider>or</Radios.Divider>
        <Radios.Item
          id={scoreInputId(index, 'not-observed')}
          value="not-observed"
          hint="The session gave no chance to show this. It has no score and does not count as evidence."
          checked={value.notObserved}
          onChange={() => onChange({ ...value, score: null, notObserved: true })}
        >
          Not observed
        </Radios.Item>
      </Radios>
      <CharacterCount
        id={evidenceInputId(index)}
        name={`item-${index}-evidence`}
        label={
          <>
            Evidence notes <span className="nhsuk-u-visually-hidden">for {name}</span> (optional)
          </>
        }
        labelProps={{ size: 's' }}
        hint="What you saw that supports the score. Write about the practice, not the person: no names, NHS numbers, dates of birth or addresses."
        maxLength={MAX_EVIDENCE_NOTES}
        rows={4}
        error={evidenceError}
        value={value.evidenceNotes}
        onChange={(event) => onChange({ ...value, evidenceNotes: event.currentTarget.value })}
      />
    </div>
  );
}
