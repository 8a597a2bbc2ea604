import {
  DEV_OPENID_KEY,
  EARLY_CALL_ACTION,
  EARLY_CALL_FN,
  EARLY_CALL_GLOBAL,
  WORKBENCH_TABS,
} from './early-call-names'

/** The hash routes of the workbench tabs; '' and '/' are the app's start page (工作台). */
const WORKBENCH_ROUTES = ['', '/', ...WORKBENCH_TABS.map((tab) => `/${tab}`)]

/**
 * The few lines index.html runs before the app's scripts arrive: a signed-in demo identity opened on a
 * workbench tab asks for the workbench at once, with the request the app would send itself
 * (src/services/transport.h5.ts). The app takes the answer over (`takeEarlyCall`) and checks it as any
 * other; on failure the answer is null and the app asks again. Only the hash router is read: H5 uses it.
 */
export function earlyCallScript(apiBase: string): string {
  const body = JSON.stringify({ action: EARLY_CALL_ACTION, input: {} })
  return `(function(){try{
var route=location.hash.replace(/^#/,'').split('?')[0];
if(${JSON.stringify(WORKBENCH_ROUTES)}.indexOf(route)<0)return;
var openid=localStorage.getItem(${JSON.stringify(DEV_OPENID_KEY)});
if(!openid||!window.fetch)return;
window[${JSON.stringify(EARLY_CALL_GLOBAL)}]={openid:openid,body:fetch(${JSON.stringify(`${apiBase}/fn/${EARLY_CALL_FN}`)},{method:'POST',headers:{'content-type':'application/json','x-dev-openid':openid},body:${JSON.stringify(body)}}).then(function(r){return r.ok?r.json():null}).catch(function(){return null})};
}catch(e){}})()`
}
