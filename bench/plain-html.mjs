// The baselines of the render benchmark: the same content as each widget, hand-written as plain HTML.
const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const kindNames = { regulatory: 'Regulatory source', guideline: 'Clinical guideline', study: 'Study', article: 'Health-information article', marketing: 'Marketing page' };

/** An item's sources line, as the widgets show it: each title linked, with its kind. */
function sourceLinks(dataset, ids) {
  return ids
    .map((id) => dataset.sources.find((s) => s.id === id))
    .map((s) => `${s.url ? `<a href="${escape(s.url)}">${escape(s.title)}</a>` : escape(s.title)} (${kindNames[s.kind]})`)
    .join('; ');
}

function sourcesFooter(dataset, ids) {
  const items = ids
    .map((id) => dataset.sources.find((s) => s.id === id))
    .map((s) => `<li id="ref-${s.id}">${s.url ? `<a href="${escape(s.url)}">${escape(s.title)}</a>` : escape(s.title)}, ${escape(s.publisher)}.</li>`)
    .join('');
  return `<footer><p>Sources</p><ol>${items}</ol><p>Last reviewed ${dataset.meta.lastReviewed}</p><p>${escape(dataset.meta.disclaimer)}</p></footer>`;
}

/** Each question a <details> with its answer, crisis line and sources line, then the footer. */
export function plainFaq(dataset) {
  const cited = [...new Set(dataset.faq.flatMap((q) => q.sources))];
  return (
    dataset.faq
      .map(
        (q) =>
          `<details id="${q.id}"><summary><h3 style="display:inline">${escape(q.question)}</h3></summary>` +
          q.answer.map((p) => `<p>${escape(p)}</p>`).join('') +
          (q.crisis ? `<p><strong>${escape(dataset.meta.crisisLine)}</strong></p>` : '') +
          `<p>Sources: ${sourceLinks(dataset, q.sources)}. <a href="#${q.id}">Link to this question</a></p></details>`,
      )
      .join('') + sourcesFooter(dataset, cited)
  );
}

/** A <table> with the same rows, columns, footnotes and sources. */
export function plainRouteTable(dataset) {
  const numbers = new Map();
  const notes = (ids) =>
    ids
      .map((id) => {
        if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
        return `<sup><a href="#ref-${id}">[${numbers.get(id)}]</a></sup>`;
      })
      .join('');
  const fact = (f) => (f ? `${escape(f.text)}${notes(f.sources)}` : 'Not established');
  const rows = dataset.routes
    .map((r) => {
      const b = r.bioavailability;
      const bio = b
        ? `${escape(b.text)}${notes(b.sources)}<svg viewBox="0 0 100 6" width="160" height="10"><rect width="100" height="6"/><rect x="${b.low}" width="${Math.max(b.high - b.low, 1.5)}" height="6"/></svg>`
        : 'Not established';
      const products = r.approvedProducts.length ? `${escape(r.approvedProducts.join(', '))}${notes(r.sources)}` : 'None';
      return `<tr><th scope="row">${escape(r.name)}</th><td>${bio}</td><td>${fact(r.onset)}</td><td>${fact(r.duration)}</td><td>${fact(r.setting)}</td><td>${fact(r.supervision)}</td><td>${products}</td><td>${fact(r.cost)}</td></tr>`;
    })
    .join('');
  return (
    `<table><caption>Ways of giving ketamine and esketamine, compared</caption><thead><tr><th scope="col">Route</th><th scope="col">Bioavailability</th><th scope="col">Onset or peak</th><th scope="col">Duration</th><th scope="col">Setting</th><th scope="col">Supervision</th><th scope="col">FDA-approved products</th><th scope="col">Cost quoted</th></tr></thead><tbody>${rows}</tbody></table>` +
    sourcesFooter(dataset, [...numbers.keys()])
  );
}

/** Side effects grouped by severity: a heading and a list per group, with the same text as the widget's default view. */
export function plainSideEffects(dataset) {
  const groups = ['common', 'serious', 'long-term'];
  const cited = [...new Set(dataset.sideEffects.flatMap((e) => e.sources))];
  const callout = `<div role="note"><p><strong>Effects marked “Seek emergency care” need urgent help.</strong> ${escape(dataset.meta.emergencyAdvice)}</p></div>`;
  return (
    callout +
    groups
      .map((severity) => {
        const items = dataset.sideEffects
          .filter((e) => e.severity === severity)
          .map(
            (e) =>
              `<li><p><strong>${escape(e.name)}</strong>${e.urgent ? ' <span>⚠ Seek emergency care</span>' : ''}</p><p>${escape(e.description)}</p>` +
              `<p>Applies to: ${escape(e.appliesTo.join(', '))}.</p><p>Sources: ${sourceLinks(dataset, e.sources)}.</p></li>`,
          )
          .join('');
        return `<section><h3>${severity}</h3><ul>${items}</ul></section>`;
      })
      .join('') +
    sourcesFooter(dataset, cited)
  );
}
