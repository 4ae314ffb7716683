/** The command line: one thin class per command that parses options, calls the front door and prints. */
package org.parcours.cli;
