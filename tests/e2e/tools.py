"""Generic drivers for every tool on the site, discovered from the rendered pages (no tool is named here).

A field is found by its form control; setting a value goes through the same events a reader's
typing makes. Choices (select, radio, checkbox) take any value the way a tampered page would
send it: an extra option carrying that value. Date inputs become text inputs, as a script could.
"""

from __future__ import annotations

from pathlib import Path

# Every page of the built site, in every language: the HTML files outside assets/.
def site_pages(site: Path) -> list[str]:
    return sorted(
        path.relative_to(site).as_posix()
        for path in site.rglob("*.html")
        if not path.relative_to(site).as_posix().startswith("assets/")
    )


# The fields of every tool on the page: [{tool, index, fields: [{name, kind, options}]}].
DISCOVER = """() => [...document.querySelectorAll('.ty-widget[data-tool]')].map((root, index) => ({
  tool: root.dataset.tool,
  index,
  fields: [...root.querySelector('form').elements]
    .filter((control) => control.name && !control.closest('template'))
    .filter((control, position, all) => all.findIndex((other) => other.name === control.name) === position)
    .map((control) => ({
      name: control.name,
      kind: control.tagName === 'INPUT' ? control.type : control.tagName.toLowerCase(),
      options: control.tagName === 'SELECT' ? [...control.options].map((option) => option.value)
        : [...root.querySelectorAll(`[name="${CSS.escape(control.name)}"]`)].map((input) => input.value),
    })),
}))"""

# Set field `name` of tool number `index` to `value` and wait for Python's reply. Returns what the
# page then shows: {replied, state, errors: {field: text}, answered, unsafe: [...]}.
SET_AND_WAIT = """async ([index, name, value]) => {
  const root = document.querySelectorAll('.ty-widget[data-tool]')[index];
  const controls = [...root.querySelectorAll(`[name="${CSS.escape(name)}"]`)].filter((c) => !c.closest('template'));
  const control = controls[0];
  const before = Number(root.dataset.replied || 0);
  const answeredBefore = Number(root.dataset.answered || 0);
  if (control.tagName === 'SELECT') {
    let option = [...control.options].find((o) => o.value === value);
    if (!option) { option = document.createElement('option'); option.value = value; option.textContent = 'x'; control.append(option); }
    control.value = value;
  } else if (control.type === 'checkbox' || control.type === 'radio') {
    controls.forEach((c) => { c.checked = false; });
    control.value = value;
    control.checked = true;
  } else {
    if (['date', 'datetime-local', 'time', 'number', 'email', 'url'].includes(control.type)) control.type = 'text';
    control.removeAttribute('maxlength');
    control.value = value;
  }
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  const deadline = Date.now() + 60000;
  while (Number(root.dataset.replied || 0) <= before && root.dataset.state !== 'error' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const errors = {};
  root.querySelectorAll('[data-error-for]').forEach((slot) => {
    if (!slot.closest('template') && slot.textContent.trim()) errors[slot.dataset.errorFor] = slot.textContent;
  });
  // Anything a reader's input could smuggle into the page as live markup.
  const unsafe = [...root.querySelectorAll('*')].flatMap((element) => {
    const found = [];
    if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(element.tagName) && !element.closest('template')) found.push(element.tagName);
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith('on')) found.push(`${element.tagName}[${attribute.name}]`);
      if (['href', 'src', 'action', 'formaction'].includes(attribute.name) && /^\\s*(javascript|vbscript):/i.test(attribute.value)) found.push(`${element.tagName}[${attribute.name}=${attribute.value.slice(0, 30)}]`);
    }
    return found;
  });
  return {
    replied: Number(root.dataset.replied || 0) > before,
    answered: Number(root.dataset.answered || 0) > answeredBefore,
    state: root.dataset.state,
    errors,
    unsafe,
    canary: window.__canary === undefined ? null : String(window.__canary),
  };
}"""

# The tool's current form values, to put back later.
VALUES = """(index) => {
  const form = document.querySelectorAll('.ty-widget[data-tool]')[index].querySelector('form');
  const values = {};
  for (const control of form.elements) {
    if (!control.name || control.closest('template')) continue;
    if ((control.type === 'checkbox' || control.type === 'radio') && !control.checked) continue;
    (values[control.name] ??= []).push(control.value);
  }
  return values;
}"""


def sample_value(field: dict) -> str:
    """A plausible value a reader might give the field: another option, or some text."""
    kind, options = field["kind"], field["options"]
    if kind in ("select", "radio"):
        return options[-1] if options else ""
    if kind == "checkbox":
        return options[0] if options else "on"
    return {
        "datetime-local": "2026-11-26T10:00",
        "date": "2026-11-26",
        "email": "rina.wijaya@example.com",
        "url": "https://example.com/rina",
        "textarea": "Terima kasih atas waktunya kemarin.",
    }.get(kind, "Rina Wijaya")
