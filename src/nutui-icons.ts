import { configure } from '@nutui/icons-react-taro'

// NutUI draws every icon (input clear buttons, checkboxes, arrows, dialog close) as an HTML `<i>`, and
// a mini-program has no template for `<i>`: WeChat silently draws nothing. A `view` is native there.
// The browser keeps `<i>`. (@tarojs/plugin-html would also map it, at the cost of a template and a
// runtime mapping for every HTML tag; `<i>` is the only HTML element the app renders.)
if (process.env.TARO_ENV !== 'h5') configure({ tag: 'view' })
