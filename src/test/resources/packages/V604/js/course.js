// reads endpoint, auth and actor from the launch URL
var params = new URLSearchParams(location.search);
var endpoint = params.get("endpoint");
