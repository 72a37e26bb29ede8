// One filter of the directory's form: a labelled select whose first option means "all".
export function FilterSelect(props: {
  id: string;
  name: string;
  label: string;
  all: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
}) {
  return (
    <div className="utrecht-form-field utrecht-form-field--select ww-directory__field">
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={props.id}>
          {props.label}
        </label>
      </div>
      <div className="utrecht-form-field__input">
        <select
          id={props.id}
          name={props.name}
          className="utrecht-select utrecht-select--html-select ww-directory__control"
          value={props.value ?? ''}
          onChange={(e) => props.onChange(e.currentTarget.value || undefined)}
        >
          <option value="">{props.all}</option>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
