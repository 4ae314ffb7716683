// a helper file that the test adapter needsmore.js requires
