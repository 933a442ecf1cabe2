bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
!bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
vbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
vbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
wbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
[bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
]bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
(bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
)bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
wbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
(bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
vbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
vbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
)bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
2bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
vbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
wbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
(bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
=bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
)bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
3bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
vbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
wbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
zbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
zbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
0bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
wbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
=bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
6bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
0bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
wbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
(bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
zbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
)bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
4bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
(bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
)bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Jbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
wbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
(bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
)bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
wbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
vbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
wbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
2bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
0bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
4bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
0bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
2bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
(bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
)bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
vbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
0bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
wbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
vbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
wbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
=bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
(bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
(bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
0bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
)bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
&bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
&bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
wbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
)bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
=bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
{bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
(bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
vbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
wbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
vbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
)bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
}bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
=bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
(bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
{bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
}bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
3bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
)bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
=bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
{bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
3bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
0bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
}bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
(bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
)bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
{bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
[bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
=bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
]bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
}bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
=bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
{bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
{bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
}bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
}bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
=bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
wbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
3bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
3bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
qbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
(bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
=bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
%bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
%bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
)bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
2bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
wbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
^bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
[bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
[bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
]bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
]bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
*bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
{bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
=bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
+bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
+bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
\bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
%bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
\bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
}bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
^bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
`bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
&bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
&bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
{bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
=bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
0bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
}bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
{bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
}bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
>bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
=bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
(bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
^bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
|bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
|bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
)bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
[bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
4bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
]bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
|bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
|bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
{bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
>bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
&bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
2bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
}bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
(bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
(bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
vbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
^bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
[bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
[bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
]bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
]bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
*bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
\bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
(bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
*bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
\bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
)bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
\bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
{bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
0bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
\bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
}bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
)bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
)bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
3bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
(bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
)bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
{bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
wbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
qbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
|bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
|bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
{bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
>bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
&bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
2bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
}bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
}bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
zbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
zbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
[bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
]bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
zbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
zbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
[bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
]bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
zbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
vbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
>bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
vbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
2bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
>bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
&bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
zbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
zbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
0bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
zbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
zbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
0bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
,bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
zbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
zbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
wbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
(bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
)bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
>bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
&bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
2bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
=bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
6bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
0bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
#bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
4bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
wbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
jbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
vbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
zbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
\bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
3bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
3bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
_bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
3bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
jbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
zbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
zbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
\bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
kbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
jbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
3bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
3bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
[bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
-bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
]bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
|bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
|bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
{bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
gbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
fbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
'bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
>bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
&bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
2bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
}bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
*bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
3bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
>bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
vbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
2bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
>bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
&bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
|bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
|bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
{bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
bbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
3bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
wbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ubash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
$bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
/bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
.bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
lbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
>bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
&bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
2bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
xbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ibash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
tbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
1bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
;bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
}bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
hbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
:bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
vbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ybash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Rbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
Ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
cbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
obash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
mbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
nbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
 bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
pbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
abash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
sbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
ebash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
dbash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
"bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done

bash -x tests/fuzz/run_parse.sh 10         # installs clang when missing, as README says
for t in extxyz sdf safetensors; do bash -x tests/fuzz/run_io.sh "$t" 5; done
