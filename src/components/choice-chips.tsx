interface ChoiceChipsProps<Id extends string> {
  /** Names the group ("排名依据"). */
  label: string;
  options: ReadonlyArray<{ id: Id; label: string }>;
  value: Id;
  onChange: (id: Id) => void;
}

/** A small set of exclusive choices as pressed/unpressed buttons, with a visible label. */
export function ChoiceChips<Id extends string>({ label, options, value, onChange }: ChoiceChipsProps<Id>) {
  return (
    <div className="choice-chips">
      <span className="choice-chips__label" aria-hidden="true">
        {label}
      </span>
      <div role="group" aria-label={label} className="choice-chips__group">
        {options.map((o) => (
          <button key={o.id} type="button" className="chip chip--small" aria-pressed={o.id === value} onClick={() => onChange(o.id)}>
            {o.label}
          </button>
        ))}
      </div>
    </div>
  );
}
