def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/generated-resources/esxnet/esx07')
def captured = new File(basedir, 'captured/esx07')
def hwconfig = new File(out, 'etc/vmware/hwconfig').getText('ISO-8859-1')
// Without base, hwconfig would hold only esxnet's keys: these lines come from the captured root.
assert hwconfig.contains('device.0.7.1.name = "Adaptec AIC-7899P U160/m"') : hwconfig
assert hwconfig.contains('\r\n') : 'the captured CRLF is kept'
assert new File(out, 'etc/modules.conf').text.contains('alias scsi_hostadapter aic7xxx\n')
assert !new File(out, 'etc/sysconfig/network-scripts/ifcfg-eth3').exists() : 'apply would delete the stale ifcfg: compile leaves it out'
assert new File(captured, 'etc/sysconfig/network-scripts/ifcfg-eth3').exists() : 'the base is only read'
assert log.contains('esxnet: up to date: ' + out.parentFile) : 'check with the same base finds the tree current'
