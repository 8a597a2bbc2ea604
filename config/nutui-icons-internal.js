// NutUI's icon settings (@nutui/icons-react-taro/dist/es/icons/internal.js) for the mini-program
// build. NutUI draws every icon (input clear buttons, checkboxes, arrows, dialog close) as an HTML
// `<i>`; a mini-program has no template for `<i>`, so WeChat silently drew nothing. A `view` is
// native there. Same values as NutUI's own otherwise.
export const globalConfig = {
  useSvg: true,
  classPrefix: 'nut-icon',
  tag: 'view',
  fontClassName: 'nutui-iconfont',
}
