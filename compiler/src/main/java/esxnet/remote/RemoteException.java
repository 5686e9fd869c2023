package esxnet.remote;

/** Something went wrong with one host; the message is for the user and names the host. */
public final class RemoteException extends Exception {
    private static final long serialVersionUID = 1L;

    public RemoteException(String message) {
        super(message);
    }

    public RemoteException(String message, Throwable cause) {
        super(message, cause);
    }
}
