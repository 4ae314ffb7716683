package org.parcours.i18n;
class DumpTemplates {
    public static void main(String[] a) {
        MessageSources.templates().forEach((en, where) -> { if (MessageSources.translatable(en) && Catalog.entries().get(en) == null) System.out.println("# " + where + "\nen: " + en + "\nfr: \n"); });
    }
}
