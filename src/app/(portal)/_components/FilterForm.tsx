type Choice = { value: string; label: string }

type SelectProps = { name: string; label: string; choices: Choice[]; value?: string }

/** A labelled select with an "all" choice first. */
export function FilterSelect({ name, label, choices, value }: SelectProps) {
  return (
    <div>
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ''}>
        <option value="">全部</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** Filters are a GET form: no script, and the filtered list has its own URL. */
export function FilterForm({ action, children }: { action: string; children: React.ReactNode }) {
  return (
    <form action={action} method="get" className="filters">
      {children}
      <button type="submit">筛选</button>
    </form>
  )
}
