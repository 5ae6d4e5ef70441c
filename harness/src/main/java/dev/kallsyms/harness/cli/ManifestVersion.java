package dev.kallsyms.harness.cli;

import picocli.CommandLine.IVersionProvider;

/** --version: the Implementation-Version the build wrote into the jar's manifest (the project's version). */
public final class ManifestVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = HarnessMain.class.getPackage().getImplementationVersion();
        return new String[] {"kallsyms harness " + (version != null ? version : "(not built into a jar)")};
    }
}
