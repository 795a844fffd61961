/*
 * The notice of 汇总征求意见 offers 开启网上征求意见 and 关闭网上征求意见 as links to #dlm-intake-open/<cycle> and
 * #dlm-intake-close/<cycle>: clicking one opens or closes the cycle's online opinion intake
 * (POST /api/cycles/<cycle>/intake or …/intake/close, with the session's CSRF token) and shows the outcome in
 * place of the notice, without leaving the form.
 */
const ACTIONS = { '#dlm-intake-open/': '', '#dlm-intake-close/': '/close' };

// the notice's QR code is 600 px for printing; in the form a thumbnail is enough
const style = document.createElement('style');
style.textContent = 'img[src$="/intake/qr.png"] { width: 160px; height: 160px; }';
document.head.appendChild(style);

function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

function outcome(status) {
  const box = document.createElement('span');
  box.className = status.open ? 'dlm-intake-opened' : 'dlm-intake-closed';
  if (!status.open) {
    box.append('已关闭，共收到 ' + status.received + ' 条网上意见，链接不再接收意见。');
    return box;
  }
  box.append('已开启，截至 ' + status.validUntil + '，已收到 ' + status.received + ' 条。意见链接：');
  const url = document.createElement('code');
  url.textContent = status.link;
  const qr = document.createElement('a');
  qr.href = status.qrCode;
  qr.target = '_blank';
  qr.textContent = '下载二维码';
  const image = document.createElement('img');
  image.src = status.qrCode;
  image.alt = '意见链接的二维码';
  image.style.cssText = 'display:block;margin-top:6px';
  box.append(url, ' · ', qr, image);
  return box;
}

document.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('a[href^="#dlm-intake-"]');
  const href = link ? link.getAttribute('href') : '';
  const prefix = Object.keys(ACTIONS).find((p) => href.startsWith(p));
  if (!prefix) {
    return;
  }
  event.preventDefault();
  event.stopPropagation();
  const cycle = decodeURIComponent(href.substring(prefix.length));
  link.textContent = '正在处理……';
  fetch('/api/cycles/' + encodeURIComponent(cycle) + '/intake' + ACTIONS[prefix], {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() }
  }).then((response) => response.json().then((body) => {
    if (!response.ok) {
      link.textContent = body.message || '操作失败，请稍后重试。';
      return;
    }
    const notice = link.closest('p') || link.parentElement;
    const title = notice.querySelector('strong');
    notice.replaceChildren(...(title ? [title, ' '] : []), outcome(body));
    notice.parentElement.querySelectorAll('img[src$="/intake/qr.png"]').forEach((img) => {
      if (!notice.contains(img)) {
        img.remove();
      }
    });
  })).catch(() => {
    link.textContent = '操作失败，请稍后重试。';
  });
}, true);
