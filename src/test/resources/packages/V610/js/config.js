// left by the authoring tool
var lrsConfig = {
  "endpoint": "https://lrs.example.com/xapi/",
  "auth": "Basic dXNlcjpzM2NyZXQtcGFzc3dvcmQ="
};
