package esxnet.remote;

import com.jcraft.jsch.AgentIdentityRepository;
import com.jcraft.jsch.AgentProxyException;
import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.Identity;
import com.jcraft.jsch.IdentityRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.SSHAgentConnector;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpATTRS;
import com.jcraft.jsch.SftpException;
import com.jcraft.jsch.UnixDomainSocketFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Vector;

/**
 * One SSH session to one host, with an SFTP channel for files and exec channels for the two things
 * SFTP v3 (what OpenSSH 3.x's sftp-server speaks) cannot do: rename over an existing file and sync.
 * Paths are root-relative ('/'-separated) and resolved under the configured remote root.
 */
public final class SshConnection implements AutoCloseable {
    private static final String POSIX_RENAME = "posix-rename@openssh.com";

    private final RemoteHost host;
    private final String root;
    private final Session session;
    private final ChannelSftp sftp;
    private final int ioTimeoutMs;

    private SshConnection(RemoteHost host, String root, Session session, ChannelSftp sftp, int ioTimeoutMs) {
        this.host = host;
        this.root = root;
        this.session = session;
        this.sftp = sftp;
        this.ioTimeoutMs = ioTimeoutMs;
    }

    public RemoteHost host() {
        return host;
    }

    /** Where a root-relative path is on the host. */
    public String remotePath(String rel) {
        return root + "/" + rel;
    }

    /** How a root-relative path is shown in messages and findings: NAME:/remote/path. */
    public String shown(String rel) {
        return host.name() + ":" + remotePath(rel);
    }

    /** How the root itself is shown. */
    public String shownRoot() {
        return host.name() + ":" + (root.isEmpty() ? "/" : root);
    }

    public static SshConnection open(RemoteHost host, SshSettings settings) throws RemoteException {
        JSch jsch = new JSch();
        HostKeyCheck keys;
        Session session = null;
        try {
            keys = new HostKeyCheck(HostKeyCheck.load(jsch, settings.knownHosts()), settings.knownHosts(), settings.acceptNewHostKeys());
            jsch.setHostKeyRepository(keys);
            jsch.setIdentityRepository(identities(settings));
            session = jsch.getSession(host.user(), host.address(), host.port());
            session.setConfig("StrictHostKeyChecking", "yes");
            session.setConfig("PreferredAuthentications", "publickey");
            if (settings.legacyAlgorithms()) LegacyAlgorithms.enable(session);
            int io = (int) Math.min(Integer.MAX_VALUE, settings.ioTimeout().toMillis());
            session.setTimeout(io);
            session.connect((int) Math.min(Integer.MAX_VALUE, settings.connectTimeout().toMillis()));
            ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
            try {
                sftp.connect(io);
            } catch (JSchException e) {
                throw new RemoteException(host.name() + ": " + host.target() + " offers no SFTP subsystem (the service console's sshd_config needs "
                        + "'Subsystem sftp /usr/libexec/openssh/sftp-server', Red Hat 7.2's default): " + e.getMessage(), e);
            }
            return new SshConnection(host, settings.rootOf(host.name()), session, sftp, io);
        } catch (JSchException e) {
            if (session != null) session.disconnect();
            throw new RemoteException(host.name() + ": " + explain(host, settings, e, jsch), e);
        } catch (RemoteException e) {
            if (session != null) session.disconnect();
            throw e;
        }
    }

    private static String explain(RemoteHost host, SshSettings settings, JSchException e, JSch jsch) {
        HostKeyRepository repo = jsch.getHostKeyRepository();
        String target = host.target();
        if (repo instanceof HostKeyCheck k && k.outcome == HostKeyRepository.CHANGED) {
            return "the host key of " + target + " (" + k.keyType + " " + k.fingerprint + ") does not match the one recorded in "
                    + settings.knownHosts() + ": refusing to connect (someone may be intercepting the connection; if the host was "
                    + "reinstalled, remove its old line with ssh-keygen -R)";
        }
        if (repo instanceof HostKeyCheck k && k.outcome == HostKeyRepository.NOT_INCLUDED) {
            return "the host key of " + target + " (" + k.keyType + " " + k.fingerprint + ") is not in " + settings.knownHosts()
                    + ": compare the fingerprint with the host's own (ssh-keygen -lf /etc/ssh/ssh_host_rsa_key.pub on its console) and add it, "
                    + "or pass --ssh-accept-new to trust hosts seen for the first time";
        }
        Throwable cause = e.getCause();
        String msg = String.valueOf(e.getMessage());
        if (cause instanceof ConnectException) return "cannot connect to " + target + ": connection refused";
        if (cause instanceof UnknownHostException) return "cannot resolve " + host.address();
        if (cause instanceof NoRouteToHostException) return "cannot connect to " + target + ": no route to host";
        if (cause instanceof SocketTimeoutException || msg.contains("timeout") || msg.contains("timed out")) {
            return "no answer from " + target + " within " + settings.connectTimeout().toSeconds() + " s";
        }
        if (msg.startsWith("Algorithm negotiation fail")) {
            return "no SSH algorithm in common with " + target + (settings.legacyAlgorithms() ? ""
                    : " (ESX 2.x runs OpenSSH 3.x, which speaks only old ones: pass --ssh-legacy to offer them)") + ": " + msg;
        }
        if (msg.equals("Auth fail") || msg.startsWith("Auth fail")) {
            return target + " accepted none of the keys offered (" + offered(settings) + ")";
        }
        return "cannot connect to " + target + ": " + msg;
    }

    private static String offered(SshSettings s) {
        List<String> what = new ArrayList<>();
        if (s.agent() && s.agentSocket() != null) what.add("the agent's keys");
        s.identities().forEach(p -> what.add(p.toString()));
        return what.isEmpty() ? "none: give --ssh-identity FILE or run an agent" : String.join(", ", what);
    }

    /** The agent's keys first (when asked and running), then the key files. */
    private static IdentityRepository identities(SshSettings s) throws JSchException {
        List<Identity> all = new ArrayList<>();
        if (s.agent() && s.agentSocket() != null && Files.exists(s.agentSocket())) {
            try {
                all.addAll(new AgentIdentityRepository(new SSHAgentConnector(new UnixDomainSocketFactory(), s.agentSocket())).getIdentities());
            } catch (AgentProxyException e) {
                // No usable agent: the key files alone.
            }
        }
        JSch files = new JSch();
        for (Path p : s.identities()) {
            if (!Files.isReadable(p)) throw new JSchException("cannot read the key file " + p);
            files.addIdentity(p.toString());
        }
        all.addAll(files.getIdentityRepository().getIdentities());
        return new FixedIdentities(all);
    }

    /** lstat: null when the path does not exist. */
    public FileInfo stat(String rel) throws RemoteException {
        try {
            SftpATTRS a = sftp.lstat(remotePath(rel));
            return new FileInfo(a.isReg(), a.isLink(), a.isDir(), a.getSize(), a.getPermissions() & 07777, a.getUId(), a.getGId());
        } catch (SftpException e) {
            if (e.id == ChannelSftp.SSH_FX_NO_SUCH_FILE) return null;
            throw failure("cannot stat", rel, e);
        }
    }

    /** The names in a directory (no . or ..), sorted; empty when it does not exist. */
    public List<String> list(String relDir) throws RemoteException {
        try {
            Vector<ChannelSftp.LsEntry> entries = sftp.ls(remotePath(relDir));
            List<String> names = new ArrayList<>();
            for (ChannelSftp.LsEntry e : entries) {
                if (!e.getFilename().equals(".") && !e.getFilename().equals("..")) names.add(e.getFilename());
            }
            names.sort(null);
            return names;
        } catch (SftpException e) {
            if (e.id == ChannelSftp.SSH_FX_NO_SUCH_FILE) return List.of();
            throw failure("cannot list", relDir, e);
        }
    }

    /** A file's bytes, refusing anything larger than {@code max}. */
    public byte[] read(String rel, long max) throws RemoteException {
        try (InputStream in = sftp.get(remotePath(rel))) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) throw new RemoteException(shown(rel) + ": larger than " + max + " bytes, far larger than any ESX networking file; not read");
            return bytes;
        } catch (SftpException e) {
            throw failure("cannot read", rel, e);
        } catch (IOException e) {
            throw new RemoteException(shown(rel) + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Creates or truncates a file and writes all bytes. */
    public void write(String rel, byte[] bytes) throws RemoteException {
        try {
            sftp.put(new ByteArrayInputStream(bytes), remotePath(rel), ChannelSftp.OVERWRITE);
        } catch (SftpException e) {
            throw failure("cannot write", rel, e);
        }
    }

    /** Sets the full mode (setuid, setgid and sticky included: OpenSSH's sftp-server passes 07777 on). */
    public void chmod(String rel, int permissions) throws RemoteException {
        try {
            sftp.chmod(permissions, remotePath(rel));
        } catch (SftpException e) {
            throw failure("cannot set the mode of", rel, e);
        }
    }

    /** Sets owner and group; only root may give a file away, and a refusal is an error, never ignored. */
    public void chown(String rel, int uid, int gid) throws RemoteException {
        try {
            sftp.chown(uid, remotePath(rel));
            sftp.chgrp(gid, remotePath(rel));
        } catch (SftpException e) {
            throw failure("cannot set the owner of", rel, e);
        }
    }

    /** The remote path with every symbolic link resolved (the server's realpath). */
    public String realPath(String rel) throws RemoteException {
        try {
            return sftp.realpath(remotePath(rel));
        } catch (SftpException e) {
            throw failure("cannot resolve", rel, e);
        }
    }

    public void mkdir(String rel) throws RemoteException {
        try {
            sftp.mkdir(remotePath(rel));
        } catch (SftpException e) {
            throw failure("cannot create the directory", rel, e);
        }
    }

    public void rmdir(String rel) throws RemoteException {
        try {
            sftp.rmdir(remotePath(rel));
        } catch (SftpException e) {
            throw failure("cannot remove the directory", rel, e);
        }
    }

    public void remove(String rel) throws RemoteException {
        try {
            sftp.rm(remotePath(rel));
        } catch (SftpException e) {
            throw failure("cannot remove", rel, e);
        }
    }

    /**
     * Renames {@code from} over {@code to} atomically. SFTP v3's rename refuses an existing target, so
     * this uses OpenSSH's posix-rename extension when the server grants it, else rename(2) through
     * {@code mv -f} on the host (OpenSSH 3.x, ESX 2.x's, has no such extension).
     */
    public void renameOver(String from, String to) throws RemoteException {
        if (sftp.getExtension(POSIX_RENAME) != null) {
            try {
                sftp.rename(remotePath(from), remotePath(to));
                return;
            } catch (SftpException refused) {
                // Advertised but denied (sftp-server -P): rename on the host instead.
            }
        }
        exec("mv -f -- " + quote(remotePath(from)) + " " + quote(remotePath(to)));
    }

    /** Runs a command on the host; its standard output, or a failure naming the command and its error output. */
    public String exec(String command) throws RemoteException {
        ChannelExec ch = null;
        try {
            ch = (ChannelExec) session.openChannel("exec");
            ch.setCommand(command);
            ch.setInputStream(null);
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            ch.setErrStream(errors);
            InputStream out = ch.getInputStream();
            ch.connect(ioTimeoutMs);
            byte[] got = out.readNBytes(1 << 20);
            long deadline = System.nanoTime() + ioTimeoutMs * 1_000_000L;
            while (!ch.isClosed() && System.nanoTime() < deadline) Thread.sleep(10);
            int status = ch.getExitStatus();
            if (status != 0) {
                throw new RemoteException(host.name() + ": '" + command + "' failed (exit " + status + ")"
                        + (errors.size() > 0 ? ": " + errors.toString(StandardCharsets.UTF_8).strip() : ""));
            }
            return new String(got, StandardCharsets.UTF_8);
        } catch (JSchException | IOException e) {
            throw new RemoteException(host.name() + ": cannot run '" + command + "': " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException(host.name() + ": interrupted running '" + command + "'", e);
        } finally {
            if (ch != null) ch.disconnect();
        }
    }

    /** Single-quoted for a POSIX shell. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private RemoteException failure(String what, String rel, SftpException e) {
        String why = switch (e.id) {
            case ChannelSftp.SSH_FX_NO_SUCH_FILE -> "no such file or directory";
            case ChannelSftp.SSH_FX_PERMISSION_DENIED -> "permission denied";
            default -> e.getMessage();
        };
        return new RemoteException(shown(rel) + ": " + what + ": " + why, e);
    }

    @Override
    public void close() {
        sftp.disconnect();
        session.disconnect();
    }

    /** A fixed list of identities, tried in order. */
    private static final class FixedIdentities implements IdentityRepository {
        private final Vector<Identity> identities;

        FixedIdentities(List<Identity> identities) {
            this.identities = new Vector<>(identities);
        }

        @Override
        public String getName() {
            return "esxnet";
        }

        @Override
        public int getStatus() {
            return RUNNING;
        }

        @Override
        public Vector<Identity> getIdentities() {
            return new Vector<>(identities);
        }

        @Override
        public boolean add(byte[] identity) {
            return false;
        }

        @Override
        public boolean remove(byte[] blob) {
            return false;
        }

        @Override
        public void removeAll() {
            // Fixed.
        }
    }
}
