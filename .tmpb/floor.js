const {App}=require('cdktf'); const fs=require('fs'),os=require('os'),path=require('path');
const d=fs.mkdtempSync(path.join(os.tmpdir(),'floor-')); new App({outdir:d}).synth(); fs.rmSync(d,{recursive:true});
