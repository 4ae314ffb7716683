/* parcours:requires helpers/extra.js */
// a test adapter: it only shows how an adapter asks for more runtime files
