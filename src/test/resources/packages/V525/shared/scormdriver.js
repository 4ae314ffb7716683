// finds the LMS API and reports the status
var API = null;
