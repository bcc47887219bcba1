// Drag and drop onto the box, the chosen file's name, and a notice while the form is sent; without this script the
// form still works through its file button.
(function () {
  var form = document.getElementById('check-form');
  var drop = document.getElementById('drop');
  var input = document.getElementById('file');
  var label = document.getElementById('file-name');
  var button = document.getElementById('submit');
  var status = document.getElementById('status');
  function show() {
    label.textContent = input.files && input.files.length ? '已选择：' + input.files[0].name : '尚未选择文件';
  }
  input.addEventListener('change', show);
  var previous = document.getElementById('previous');
  previous.addEventListener('change', function () {
    document.getElementById('previous-name').textContent = previous.files.length ? previous.files[0].name : '未选择';
  });
  ['dragenter', 'dragover'].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.remove('over'); });
  });
  drop.addEventListener('drop', function (e) {
    if (e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files.length) {
      input.files = e.dataTransfer.files;
      show();
    }
  });
  form.addEventListener('submit', function () {
    button.disabled = true;
    status.textContent = '正在检查，请稍候……';
  });
  show();
})();
