/*
 * The notice of 汇总征求意见 offers 开启网上征求意见 as a link to #dlm-intake-open/<cycle>: clicking it opens the
 * cycle's online opinion intake (POST /api/cycles/<cycle>/intake, with the session's CSRF token) and shows the new
 * link and its QR code in place of the link, without leaving the form.
 */
const PREFIX = '#dlm-intake-open/';

function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

function showOpened(link, status) {
  const box = document.createElement('span');
  box.className = 'dlm-intake-opened';
  box.append('已开启，截至 ' + status.validUntil + '。意见链接：');
  const url = document.createElement('code');
  url.textContent = status.link;
  box.append(url, ' ');
  const qr = document.createElement('a');
  qr.href = status.qrCode;
  qr.target = '_blank';
  qr.textContent = '下载二维码';
  box.append(qr);
  const image = document.createElement('img');
  image.src = status.qrCode;
  image.alt = '意见链接的二维码';
  image.style.cssText = 'display:block;width:160px;height:160px;margin-top:6px';
  box.append(image);
  link.replaceWith(box);
}

document.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('a[href^="' + PREFIX + '"]');
  if (!link) {
    return;
  }
  event.preventDefault();
  event.stopPropagation();
  const cycle = decodeURIComponent(link.getAttribute('href').substring(PREFIX.length));
  link.textContent = '正在开启……';
  fetch('/api/cycles/' + encodeURIComponent(cycle) + '/intake', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() }
  }).then((response) => response.json().then((body) => {
    if (response.ok) {
      showOpened(link, body);
    } else {
      link.textContent = body.message || '开启失败，请稍后重试。';
    }
  })).catch(() => {
    link.textContent = '开启失败，请稍后重试。';
  });
}, true);
