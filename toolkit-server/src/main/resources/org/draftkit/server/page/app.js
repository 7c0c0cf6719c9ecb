// draftkit's page: builds the form from JOBS, posts it to the documented /api/... endpoints, shows the HTML answer
// in a sandboxed frame and downloads the other formats. No libraries, no build step.
'use strict';

/**
 * The jobs the page offers, one entry each. To add a job (an endpoint of the HTTP API), append an entry:
 *   id, title, summary      what the person chooses
 *   endpoint                the API path it posts to
 *   help                    one sentence above the files
 *   slots                   the multipart file fields: field, label, hint, min, max (null: any), ordered (order
 *                           matters: show up/down buttons), names (a proponent name per file, sent as 'as')
 *   options                 the other fields: {kind: 'check', name, label, help, checked} (sent only when
 *                           unchecked, as name=false), {kind: 'text', name, label, help, suggest: 'names'},
 *                           {kind: 'lines', name, label, help} (each line one repeated parameter)
 *   view                    the format shown in the page (html: the exporters' own page)
 *   downloads               the formats offered for download, first the most useful
 */
/** Every job reads PDFs: scanned pages or broken text layers are read by OCR, in the language(s) named here. */
const OCR_LANG = { kind: 'text', name: 'lang', label: 'Language of scanned PDF pages (optional)',
  help: 'For OCR: en, fr, es, ru, zh or ar; several as ar,en. Leave empty to recognise the script.' };

const JOBS = [
  {
    id: 'compare', title: 'Compare revisions', summary: 'A redline of two or more revisions of one text.',
    endpoint: '/api/compare',
    help: 'Add two or more revisions of the same text, oldest first (PDF, Word, HTML, Markdown or plain text).',
    slots: [
      { field: 'file', label: 'Revisions, oldest first', hint: 'Two or more files. Use the arrows to put them in order.',
        min: 2, max: null, ordered: true },
    ],
    options: [
      { kind: 'check', name: 'moves', label: 'Show moved paragraphs as moves',
        help: 'When off, a moved paragraph is shown as deleted in one place and inserted in the other.', checked: true },
      { kind: 'check', name: 'splits', label: 'Show split and merged paragraphs', checked: true },
      OCR_LANG,
    ],
    view: 'html', downloads: ['docx', 'md', 'json', 'html'],
  },
  {
    id: 'consolidate', title: 'Consolidate proposals', summary: 'The text as it would read with the proposals applied.',
    endpoint: '/api/consolidate',
    help: 'Add the base text and the submissions whose proposals apply to it. Each change is attributed to its proponent.',
    slots: [
      { field: 'base', label: 'Base text', hint: 'The revision the proposals were written on. One file.', min: 1, max: 1 },
      { field: 'submission', label: 'Submissions', hint: 'One or more. Name the proponent of each, or leave the name '
          + 'empty to take it from the document.', min: 1, max: null, names: true },
    ],
    options: [
      { kind: 'text', name: 'prefer', label: 'Where proposals conflict, apply the proposal of',
        help: 'A proponent name. Leave empty to list conflicts without choosing.', suggest: 'names' },
      { kind: 'lines', name: 'option', label: 'Options to take',
        help: 'For alternatives that exclude each other: one GROUP=NAME per line, for example IMSB-1=Option B.' },
      OCR_LANG,
    ],
    view: 'html', downloads: ['docx', 'md', 'txt', 'json', 'html'],
  },
  {
    id: 'positions', title: 'Position table', summary: 'Who asks for what, paragraph by paragraph, with the evidence.',
    endpoint: '/api/positions',
    help: 'Add the submissions (or drafts annotated with comments). A base revision makes the rows follow its paragraphs.',
    slots: [
      { field: 'submission', label: 'Submissions', hint: 'One or more. Name the stakeholder of each, or leave the name '
          + 'empty to take it from the document.', min: 1, max: null, names: true },
      { field: 'base', label: 'Base revision (optional)', hint: 'The rows follow its paragraphs.', min: 0, max: 1 },
      { field: 'renumberFrom', label: 'Revision the submissions quote (optional)',
        hint: 'When the submissions were written on an earlier revision than the base: their paragraph numbers are '
          + 'mapped to the base\'s. Needs a base.', min: 0, max: 1 },
    ],
    options: [OCR_LANG],
    view: 'html', downloads: ['docx', 'csv', 'md', 'json', 'html'],
  },
  {
    id: 'uptake', title: 'Uptake', summary: 'What became of each proposal in the later revision(s).',
    endpoint: '/api/uptake',
    help: 'Add the submissions and the later revision(s) they should be checked against, oldest first.',
    slots: [
      { field: 'submission', label: 'Submissions', hint: 'One or more. Name the stakeholder of each, or leave the name '
          + 'empty to take it from the document.', min: 1, max: null, names: true },
      { field: 'base', label: 'Revision the submissions were written on (optional)',
        hint: 'Without it, what the submissions quote stands for that revision.', min: 0, max: 1 },
      { field: 'later', label: 'Later revisions, oldest first', hint: 'One or more. Use the arrows to put them in order.',
        min: 1, max: null, ordered: true },
    ],
    options: [OCR_LANG],
    view: 'html', downloads: ['docx', 'csv', 'md', 'json', 'html'],
  },
  {
    id: 'align', title: 'Align language versions', summary: 'The language versions of one text, paragraph by paragraph.',
    endpoint: '/api/align',
    help: 'Add the language versions of one text (English, French, Spanish, Russian, Chinese, Arabic), in the order of '
      + 'the columns. Each is named by the language code ending its file name.',
    slots: [
      { field: 'file', label: 'Language versions', hint: 'Two or more files.', min: 2, max: null, ordered: true },
    ],
    options: [OCR_LANG],
    view: 'html', downloads: ['csv', 'json', 'html'],
  },
];

const FORMAT_NAMES = { docx: 'Word (DOCX)', csv: 'CSV', md: 'Markdown', json: 'JSON', html: 'HTML', txt: 'Plain text' };

/** The files chosen, by job and field: state[jobId][field] = [{file, name}]. */
const state = {};
let current = JOBS[0];
let lastResultFor = null;

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

function files(job, field) {
  state[job.id] = state[job.id] || {};
  state[job.id][field] = state[job.id][field] || [];
  return state[job.id][field];
}

function size(bytes) {
  if (bytes < 1024) return bytes + ' bytes';
  if (bytes < 1024 * 1024) return Math.round(bytes / 1024) + ' KB';
  return (bytes / 1024 / 1024).toFixed(1) + ' MB';
}

function renderJobs() {
  const box = $('job-choices');
  for (const job of JOBS) {
    const id = 'job-' + job.id;
    const input = el('input', { type: 'radio', name: 'job', id, value: job.id, checked: job === current,
      onchange: () => { current = job; render(); } });
    const label = el('label', { for: id }, el('strong', { text: job.title }), el('span', { text: job.summary }));
    box.append(el('div', { class: 'choice' }, input, label));
  }
}

function render() {
  $('job-help').textContent = current.help;
  renderSlots();
  renderOptions();
  clearError();
}

function renderSlots() {
  const box = $('slots');
  box.replaceChildren();
  for (const slot of current.slots) {
    const id = 'slot-' + current.id + '-' + slot.field;
    const input = el('input', { type: 'file', id, name: slot.field, multiple: slot.max !== 1,
      'aria-describedby': id + '-hint', onchange: (e) => { add(slot, e.target.files); e.target.value = ''; } });
    const list = el('ol', { class: 'file-list', id: id + '-list', 'aria-label': 'Files chosen for ' + slot.label });
    const area = el('div', { class: 'slot', id: id + '-area' },
      el('h3', {}, el('label', { for: id, text: slot.label })),
      el('p', { class: 'hint', id: id + '-hint', text: slot.hint
        + (slot.max === 1 ? ' Choose a file, or drop it here.' : ' Choose files, or drop them here.') }),
      input, list);
    area.addEventListener('dragover', (e) => { e.preventDefault(); area.classList.add('dragging'); });
    area.addEventListener('dragleave', () => area.classList.remove('dragging'));
    area.addEventListener('drop', (e) => {
      e.preventDefault();
      area.classList.remove('dragging');
      add(slot, e.dataTransfer.files);
    });
    box.append(area);
    renderList(slot);
  }
}

function add(slot, chosen) {
  const list = files(current, slot.field);
  for (const file of chosen) {
    if (slot.max === 1) list.length = 0;
    list.push({ file, name: '' });
  }
  renderList(slot);
  say(chosen.length === 1 ? 'Added ' + chosen[0].name + '.' : 'Added ' + chosen.length + ' files.');
}

function renderList(slot) {
  const id = 'slot-' + current.id + '-' + slot.field;
  const ol = $(id + '-list');
  ol.replaceChildren();
  const list = files(current, slot.field);
  list.forEach((entry, i) => {
    const li = el('li', {}, el('span', { class: 'name', text: entry.file.name }),
      el('span', { class: 'size', text: size(entry.file.size) }));
    if (slot.names) {
      const nameId = id + '-name-' + i;
      li.append(el('label', { for: nameId, text: 'Proponent' }),
        el('input', { type: 'text', id: nameId, value: entry.name, autocomplete: 'off',
          'aria-label': 'Proponent of ' + entry.file.name,
          oninput: (e) => { entry.name = e.target.value; } }));
    }
    if (slot.ordered && list.length > 1) {
      li.append(el('button', { type: 'button', disabled: i === 0, 'aria-label': 'Move ' + entry.file.name + ' earlier',
        text: '↑', onclick: () => move(slot, i, -1) }));
      li.append(el('button', { type: 'button', disabled: i === list.length - 1,
        'aria-label': 'Move ' + entry.file.name + ' later', text: '↓', onclick: () => move(slot, i, 1) }));
    }
    li.append(el('button', { type: 'button', 'aria-label': 'Remove ' + entry.file.name, text: 'Remove',
      onclick: () => { list.splice(i, 1); renderList(slot); say('Removed ' + entry.file.name + '.');
        $(id).focus(); } }));
    ol.append(li);
  });
}

function move(slot, i, by) {
  const list = files(current, slot.field);
  const [entry] = list.splice(i, 1);
  list.splice(i + by, 0, entry);
  renderList(slot);
  say(entry.file.name + ' is now number ' + (i + by + 1) + ' of ' + list.length + '.');
}

function renderOptions() {
  const box = $('option-fields');
  box.replaceChildren();
  $('options').hidden = current.options.length === 0;
  for (const opt of current.options) {
    const id = 'opt-' + current.id + '-' + opt.name;
    const help = opt.help ? el('span', { class: 'field-help', id: id + '-help', text: opt.help }) : null;
    if (opt.kind === 'check') {
      box.append(el('div', { class: 'check' },
        el('input', { type: 'checkbox', id, name: opt.name, checked: opt.checked,
          'aria-describedby': help ? id + '-help' : null }),
        el('label', { for: id }, opt.label, help)));
    } else if (opt.kind === 'text') {
      box.append(el('label', { class: 'field', for: id }, opt.label, help),
        el('input', { type: 'text', id, name: opt.name, autocomplete: 'off', list: id + '-names',
          'aria-describedby': help ? id + '-help' : null }),
        el('datalist', { id: id + '-names' }));
    } else if (opt.kind === 'lines') {
      box.append(el('label', { class: 'field', for: id }, opt.label, help),
        el('textarea', { id, name: opt.name, rows: 3, 'aria-describedby': help ? id + '-help' : null }));
    }
  }
}

/** The request body for the current job, or throws a sentence saying what is missing. */
function formData() {
  const data = new FormData();
  const names = [];
  for (const slot of current.slots) {
    const list = files(current, slot.field);
    if (list.length < slot.min) {
      const err = new Error(slot.min === 1 ? 'Please add a file under “' + slot.label + '”.'
        : 'Please add at least ' + slot.min + ' files under “' + slot.label + '”.');
      err.focus = 'slot-' + current.id + '-' + slot.field;
      throw err;
    }
    for (const entry of list) {
      data.append(slot.field, entry.file, entry.file.name);
      if (slot.names) names.push(entry.name.trim());
    }
  }
  if (names.some((n) => n !== '')) names.forEach((n) => data.append('as', n));
  for (const opt of current.options) {
    const input = $('opt-' + current.id + '-' + opt.name);
    if (opt.kind === 'check') {
      if (!input.checked) data.append(opt.name, 'false');
    } else if (opt.kind === 'text') {
      if (input.value.trim()) data.append(opt.name, input.value.trim());
    } else if (opt.kind === 'lines') {
      input.value.split('\n').map((l) => l.trim()).filter((l) => l).forEach((l) => data.append(opt.name, l));
    }
  }
  return data;
}

async function post(format) {
  const data = formData();
  const response = await fetch(current.endpoint + '?to=' + encodeURIComponent(format), { method: 'POST', body: data });
  if (!response.ok) throw await problem(response);
  return response;
}

/** A plain sentence from the API's problem details (RFC 9457), or from the status when there are none. */
async function problem(response) {
  let detail = '';
  let title = '';
  try {
    const p = await response.json();
    detail = (p.detail || '').trim();
    title = p.title || '';
    // "report.pdf: corrupt ..." names the file first: quote the name rather than capitalise it
    if (p.source && detail.startsWith(p.source + ': ')) {
      detail = '“' + p.source + '”: ' + detail.slice(p.source.length + 2);
    }
  } catch (e) {
    // not a problem body
  }
  let text;
  if (response.status === 503) text = 'The server is busy. Please try again in a few seconds.';
  else if (response.status === 413) text = 'The files are too large for this server.';
  else if (response.status === 415 || response.status === 422) text = 'A file could not be read.';
  else if (response.status >= 500) text = 'The server failed to do this job.';
  else text = (title || 'The request was refused') + '.';
  if (detail) text += ' ' + sentence(detail);
  const err = new Error(text);
  err.problem = true;
  return err;
}

function sentence(s) {
  s = s.trim();
  if (!s) return s;
  if (/^[a-z]+\b(?![.\/])/.test(s)) s = s.charAt(0).toUpperCase() + s.slice(1);
  return /[.!?]$/.test(s) ? s : s + '.';
}

async function run(event) {
  event.preventDefault();
  clearError();
  const button = $('run');
  button.disabled = true;
  say('Working…');
  try {
    const response = await post(current.view);
    const html = await response.text();
    const frame = $('result-frame');
    frame.srcdoc = html;
    lastResultFor = current;
    renderDownloads();
    const leftOut = response.headers.get('Draftkit-Unreadable-Submissions');
    const warnings = $('warnings');
    warnings.hidden = !leftOut;
    warnings.textContent = leftOut ? (leftOut === '1' ? 'One submission could not be read and was left out; '
      : leftOut + ' submissions could not be read and were left out; ') + 'the result lists why.' : '';
    $('result-title').textContent = 'Result: ' + current.title.toLowerCase();
    $('result').hidden = false;
    say('Done. The result is below.');
    $('result-title').focus();
  } catch (e) {
    showError(e);
  } finally {
    button.disabled = false;
  }
}

function renderDownloads() {
  const box = $('download-buttons');
  box.replaceChildren();
  for (const format of lastResultFor.downloads) {
    box.append(el('button', { type: 'button', 'data-format': format, text: FORMAT_NAMES[format] || format,
      onclick: () => download(format) }));
  }
}

async function download(format) {
  clearError();
  const job = current;
  if (job !== lastResultFor) {
    showError(new Error('Please show the result of this job first.'));
    return;
  }
  say('Preparing the ' + (FORMAT_NAMES[format] || format) + ' file…');
  try {
    const response = await post(format);
    const blob = await response.blob();
    const name = fileName(response.headers.get('Content-Disposition')) || ('draftkit-' + job.id + '.' + format);
    const url = URL.createObjectURL(blob);
    const a = el('a', { href: url, download: name, class: 'visually-hidden' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    say('Downloaded ' + name + '.');
  } catch (e) {
    showError(e);
  }
}

/** The file name of a Content-Disposition header (RFC 6266: filename* first). */
function fileName(header) {
  if (!header) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try { return decodeURIComponent(star[1]); } catch (e) { /* fall back */ }
  }
  const plain = /filename="([^"]*)"/i.exec(header);
  return plain ? plain[1] : null;
}

function say(text) {
  $('status').textContent = text;
}

function clearError() {
  const box = $('error');
  box.hidden = true;
  box.textContent = '';
}

function showError(e) {
  const box = $('error');
  box.textContent = e.message || String(e);
  box.hidden = false;
  say('');
  if (e.focus) $(e.focus).focus();
  else box.focus();
}

/** The proponent names typed so far, suggested for 'prefer'. */
function suggestNames() {
  for (const opt of current.options) {
    if (opt.suggest !== 'names') continue;
    const list = $('opt-' + current.id + '-' + opt.name + '-names');
    const names = new Set();
    for (const slot of current.slots) {
      if (!slot.names) continue;
      for (const entry of files(current, slot.field)) if (entry.name.trim()) names.add(entry.name.trim());
    }
    list.replaceChildren(...[...names].map((n) => el('option', { value: n })));
  }
}

document.addEventListener('DOMContentLoaded', () => {
  renderJobs();
  render();
  $('job-form').addEventListener('submit', run);
  $('job-form').addEventListener('focusin', suggestNames);
});
