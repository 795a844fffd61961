/*
 * Cockpit's variable table and instance details keep a few English literals that no locale file
 * reaches: the column "Actions", the "null" of a missing parent instance, the variable types
 * (String, Integer, Json…) and "Download". For a reader of Chinese (the webapp's own choice: the
 * browser's first language is zh) this shows them in Chinese as the page renders. Variable names
 * stay as they are: they are what a process author reads in the models.
 */
const TYPES = {
  String: '字符串', Integer: '整数', Long: '长整数', Short: '短整数', Double: '小数', Boolean: '布尔值',
  Date: '日期', Json: 'JSON', Xml: 'XML', Null: '空值', Object: '对象', Bytes: '二进制', File: '文件'
};

const RULES = [
  ['thead .actions', { Actions: '操作' }],
  ['.null-value', { null: '无' }],
  ['td.col-type', TYPES],
  ['td.col-value', { Download: '下载' }]
];

function translate(node) {
  const parent = node.parentElement;
  if (!parent || parent.closest('select, input, textarea')) {
    return;
  }
  const text = node.data.trim();
  for (const [selector, words] of RULES) {
    if (Object.prototype.hasOwnProperty.call(words, text) && parent.closest(selector)) {
      node.data = node.data.replace(text, words[text]);
      return;
    }
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translate(root);
  } else if (root.nodeType === Node.ELEMENT_NODE) {
    const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      translate(node);
    }
  }
}

const preferred = (navigator.languages && navigator.languages[0]) || navigator.language || '';
if (preferred.toLowerCase().startsWith('zh')) {
  new MutationObserver((mutations) => mutations.forEach((mutation) => {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach(translateTree);
    } else {
      translate(mutation.target);
    }
  })).observe(document.body, { childList: true, subtree: true, characterData: true });
  translateTree(document.body);
}
