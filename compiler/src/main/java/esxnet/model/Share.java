package esxnet.model;

/** One devName entry of vmxnet_console: a vmnic, bond or vmnet_N, and its eth device's addressing (null = none). */
public record Share(String device, Addressing addressing) {}
