package esxnet.model;

/** The adapter that the console's Linux drives as eth0 (modules.conf {@code alias eth0 <driver>}), and whether it was handed to the VMkernel. */
public record Eth0(String adapter, boolean handedToVmkernel) {}
