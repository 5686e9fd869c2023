package esxnet.model;

/** A console eth device's address. For DHCP the other fields are null; gateway is optional. */
public record Addressing(AddressMode mode, String ip, String netmask, String gateway) {
    public static final Addressing DHCP = new Addressing(AddressMode.DHCP, null, null, null);
}
