/*
 * Date fields of Camunda Forms in Tasklist (form-js 1.8.7) read typed dates the way Chinese users
 * write them. form-js builds each date input with flatpickr and a format taken from the browser's
 * locale (month/day/year in an English browser): 2026-12-20 or 2026年12月1日 typed there silently
 * became a date in 2027. flatpickr keeps its instance on the input (`input._flatpickr`); this script
 * gives every such instance
 *   - a parser for 2026-12-01, 2026/12/1, 2026.12.01, 2026年12月1日 and 20261201 (full-width digits
 *     too); anything else is refused with a message under the field, the typed text stays, and the
 *     form cannot be completed or started until the date is corrected;
 *   - the display format 2026-12-01 (what it submits is unchanged: form-js sends yyyy-MM-dd);
 *   - Chinese month and weekday names with Monday as the first day, for a reader of Chinese (the
 *     same choice as the webapp's: the browser's first language is zh).
 */
const CHINESE = (() => {
  const preferred = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  return preferred.toLowerCase().startsWith('zh');
})();

const MONTHS = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'];

const PICKER_LOCALE = {
  weekdays: {
    shorthand: ['日', '一', '二', '三', '四', '五', '六'],
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
  },
  months: { shorthand: MONTHS, longhand: MONTHS },
  firstDayOfWeek: 1,
  ordinal: () => '',
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换',
  yearAriaLabel: '年份',
  monthAriaLabel: '月份',
  hourAriaLabel: '时',
  minuteAriaLabel: '分',
  time_24hr: true
};

const TEXT = CHINESE ? {
  placeholder: '年-月-日，如 2026-10-09',
  unreadable: (typed) => '无法识别日期“' + typed + '”，请按“年-月-日”填写，如 2026-10-09。',
  missing: (typed) => '日期“' + typed + '”不存在，请检查年、月、日。'
} : {
  placeholder: 'yyyy-mm-dd',
  unreadable: (typed) => 'Cannot read the date "' + typed + '": enter year-month-day, e.g. 2026-10-09.',
  missing: (typed) => 'The date "' + typed + '" does not exist.'
};

const FORMS = [
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/,
  /^(\d{4})(年)(\d{1,2})月(\d{1,2})[日号]?$/,
  /^(\d{4})()(\d{2})(\d{2})$/
];

/** Reads a typed date: {date} when it is one, {error} with the message when not. */
function read(typed) {
  const text = typed.trim()
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0))
    .replace(/\s+/g, '');
  for (const form of FORMS) {
    const match = form.exec(text);
    if (match) {
      const year = Number(match[1]);
      const month = Number(match[3]);
      const day = Number(match[4]);
      const date = new Date(year, month - 1, day);
      const exists = year >= 1900 && year <= 2999 && date.getFullYear() === year
        && date.getMonth() === month - 1 && date.getDate() === day;
      return exists ? { date } : { error: TEXT.missing(typed.trim()) };
    }
  }
  return { error: TEXT.unreadable(typed.trim()) };
}

/** The refused date of each input: the text and the message shown under its field. */
const refused = new Map();

function fieldOf(input) {
  return input.closest('.fjs-form-field') || input.parentElement;
}

function refuse(input, typed, message) {
  let entry = refused.get(input);
  if (!entry) {
    const box = document.createElement('div');
    box.className = 'fjs-form-field-error dlm-date-error';
    box.setAttribute('role', 'alert');
    box.appendChild(document.createElement('ul')).appendChild(document.createElement('li'));
    entry = { box };
    refused.set(input, entry);
  }
  entry.typed = typed;
  entry.box.querySelector('li').textContent = message;
  showRefusals();
}

function accept(input) {
  const entry = refused.get(input);
  if (entry) {
    entry.box.remove();
    refused.delete(input);
  }
}

/** form-js re-renders a field's children and drops nodes it did not render: put the messages back. */
function showRefusals() {
  refused.forEach((entry, input) => {
    if (!input.isConnected) {
      entry.box.remove();
      refused.delete(input);
    } else if (!entry.box.isConnected || entry.box.parentElement !== fieldOf(input)) {
      fieldOf(input).appendChild(entry.box);
    }
  });
}

const patched = new WeakSet();

function patch(input) {
  const picker = input._flatpickr;
  if (!picker || patched.has(picker)) {
    return;
  }
  patched.add(picker);

  // flatpickr parses every typed text (Enter, leaving the field, a click outside) with this
  picker.config.parseDate = (typed) => {
    const result = read(String(typed));
    if (result.error) {
      refuse(input, String(typed), result.error);
    } else {
      accept(input);
    }
    return result.date;
  };
  picker.config.onValueUpdate.push(() => {
    const entry = refused.get(input);
    if (picker.selectedDates.length > 0) {
      accept(input);
    } else if (entry && input.value === '') {
      // flatpickr empties the input of an unreadable date: give the user back what was typed
      input.value = entry.typed;
    }
  });
  input.addEventListener('input', () => {
    const entry = refused.get(input);
    if (entry && input.value.trim() !== entry.typed.trim()) {
      accept(input);
    }
  });

  const options = { dateFormat: 'Y-m-d' };
  if (CHINESE) {
    options.locale = PICKER_LOCALE;
    options.ariaDateFormat = 'Y年n月j日';
  }
  picker.set(options);
  input.setAttribute('placeholder', TEXT.placeholder);
}

function patchAll() {
  document.querySelectorAll('.fjs-container .fjs-datepicker input.flatpickr-input').forEach(patch);
  showRefusals();
}

// completing a task or starting a process while a typed date is refused would submit no date
document.addEventListener('click', (event) => {
  const submit = event.target.closest && event.target.closest('.form-actions .btn-primary, .modal-footer .btn-primary');
  const error = submit && document.querySelector('.dlm-date-error');
  if (error) {
    event.preventDefault();
    event.stopImmediatePropagation();
    error.scrollIntoView({ block: 'center' });
  }
}, true);

// our message says more than form-js's "此项为必填项。" for the same emptied field
const style = document.createElement('style');
style.textContent = '.fjs-form-field:has(> .dlm-date-error) > .fjs-form-field-error:not(.dlm-date-error)'
  + ' { display: none; }';
document.head.appendChild(style);

new MutationObserver(patchAll).observe(document.body, { childList: true, subtree: true });
patchAll();
