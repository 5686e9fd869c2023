def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/generated-resources/esxnet')
assert log.contains('esxnet: valid: 2 hosts')
assert new File(out, 'esx01/etc/vmware/hwconfig').isFile()
assert new File(out, 'esx02/etc/rc.d/rc.local').text.contains('vmxnet_console')
assert log.contains('esxnet: up to date: ' + out)
assert !log.contains('System.exit')
