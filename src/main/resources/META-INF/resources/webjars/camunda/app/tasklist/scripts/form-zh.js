/*
 * Camunda Forms in Tasklist are rendered by form-js 1.8.7 and its date picker (flatpickr), whose own
 * texts — list buttons, validation messages, search, month and weekday names — are English literals
 * that the locale files do not reach. For a reader of Chinese (the same choice as the webapp's: the
 * browser's first language is zh) this script translates them in the page as forms render.
 */
const SCOPE = '.fjs-container, .flatpickr-calendar';
const ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const MONTHS_ZH = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月',
  '十一月', '十二月'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS_ZH = ['日', '一', '二', '三', '四', '五', '六'];

const EXACT = new Map([
  // dynamic list
  ['Add new', '添加一行'],
  ['Collapse', '收起'],
  ['Toggle list item', '展开/收起此项'],
  ['Delete item', '删除此项'],
  // select, tag list
  ['Search', '搜索'],
  ['Select', '请选择'],
  ['No results', '无匹配项'],
  ['Remove tag', '移除'],
  ['All values selected', '已全部选择'],
  // date and time
  ['Date', '日期'],
  ['Time', '时间'],
  ['Date and time must both be entered.', '日期和时间都必须填写。'],
  ['Month', '月份'],
  ['Year', '年份'],
  // number
  ['Increment', '增加'],
  ['Decrement', '减少'],
  ['Should be a valid number', '请输入有效的数字。'],
  ['Should be a valid number.', '请输入有效的数字。'],
  ['Should be an integer.', '请输入整数。'],
  // validation
  ['Field is required.', '此项为必填项。'],
  ['Field must be a valid email.', '请输入有效的电子邮箱地址。'],
  ['Field must be a valid  international phone number. (e.g. +4930664040900)',
    '请输入有效的国际电话号码（例如 +8613800000000）。'],
  // table, group
  ['Previous page', '上一页'],
  ['Next page', '下一页'],
  ['Nothing to show.', '暂无内容。'],
  ['No content to show.', '暂无内容。'],
  ['Click to remove sorting', '点击取消排序'],
  ['Toggle section', '展开/收起此部分'],
  ['Section contains an error', '此部分有错误'],
  ['Section contains data', '此部分已填写内容'],
  ['Failed to render form', '表单无法显示'],
  ...MONTHS.map((month, i) => [month, MONTHS_ZH[i]]),
  ...WEEKDAYS.map((day, i) => [day, WEEKDAYS_ZH[i]])
]);

const PATTERNS = [
  [/^Expand all \((\d+)\)$/, '全部展开（$1）'],
  [/^Remove list item (\d+)$/, '删除第 $1 行'],
  [/^List contains (\d+) items?$/, '列表共 $1 项'],
  [/^Field must have minimum length of (.+)\.$/, '至少需要 $1 个字符。'],
  [/^Field must have maximum length of (.+)\.$/, '不能超过 $1 个字符。'],
  [/^Field must have minimum value of (.+)\.$/, '不能小于 $1。'],
  [/^Field must have maximum value of (.+)\.$/, '不能大于 $1。'],
  [/^Field must match pattern (.+)\.$/, '格式不符合要求：$1。'],
  [/^Should not contain more than (\d+) decimal digits\.?$/, '小数位数不能超过 $1 位。'],
  [/^Should be at least (.+)\.$/, '不能小于 $1。'],
  [/^Should be at most (.+)\.$/, '不能大于 $1。'],
  [/^Click to sort by (.+) ascending$/, '点击按“$1”升序排列'],
  [/^Click to sort by (.+) descending$/, '点击按“$1”降序排列'],
  [/^Remove (.+)$/, '移除 $1'],
  [new RegExp('^(' + MONTHS.join('|') + ') (\\d{1,2}), (\\d{4})$'),
    (match, month, day, year) => year + '年' + (MONTHS.indexOf(month) + 1) + '月' + day + '日']
];

function translated(text) {
  const trimmed = text.trim();
  if (!trimmed || !/[A-Za-z]/.test(trimmed)) {
    return null;
  }
  let result = EXACT.get(trimmed);
  for (let i = 0; result === undefined && i < PATTERNS.length; i++) {
    if (PATTERNS[i][0].test(trimmed)) {
      result = trimmed.replace(PATTERNS[i][0], PATTERNS[i][1]);
    }
  }
  return result === undefined ? null : text.replace(trimmed, result);
}

function inScope(element) {
  return element && element.closest(SCOPE) && !element.closest('textarea, [contenteditable]');
}

function translateText(node) {
  if (inScope(node.parentElement)) {
    const text = translated(node.data);
    if (text !== null) {
      node.data = text;
    }
  }
}

function translateAttributes(element) {
  if (inScope(element)) {
    ATTRIBUTES.forEach((name) => {
      const value = element.getAttribute(name);
      const text = value && translated(value);
      if (text) {
        element.setAttribute(name, text);
      }
    });
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  translateAttributes(root);
  root.querySelectorAll('[placeholder], [aria-label], [title]').forEach(translateAttributes);
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    translateText(node);
  }
}

function readsChinese() {
  const preferred = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  return preferred.toLowerCase().startsWith('zh');
}

if (readsChinese()) {
  new MutationObserver((mutations) => {
    mutations.forEach((mutation) => {
      if (mutation.type === 'childList') {
        mutation.addedNodes.forEach(translateTree);
      } else if (mutation.type === 'characterData') {
        translateText(mutation.target);
      } else if (mutation.type === 'attributes') {
        translateAttributes(mutation.target);
      }
    });
  }).observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ATTRIBUTES
  });
  translateTree(document.body);
}
